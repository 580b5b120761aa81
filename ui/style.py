"""The application's style sheet: a few calm colours, readable sizes, nothing mirrored by hand."""

STYLE_SHEET = """
QListWidget#navigation {
    background: #1f3a5f;
    color: #f2f5f9;
    border: none;
    outline: 0;
    font-size: 11pt;
    padding-top: 8px;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    border: none;
}
QListWidget#navigation::item:hover:!selected {
    background: #2c4d78;
}
QListWidget#navigation::item:selected {
    background: #f2f5f9;
    color: #1f3a5f;
    border: none;
}
QLabel#pageTitle {
    font-size: 15pt;
    font-weight: bold;
    color: #1f3a5f;
}
QLabel#placeholderText {
    font-size: 13pt;
    color: #6b7785;
}
QLabel[role="fieldError"] {
    color: #b00020;
}
QLabel[role="formMessage"] {
    color: #b00020;
}
QLabel[role="hint"] {
    color: #5b6675;
}
QLabel#orgName {
    font-size: 13pt;
    font-weight: bold;
    color: #1f3a5f;
}
"""
