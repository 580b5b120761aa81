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
    padding: 6px 14px;  /* seventeen pages fit a 1366×768 laptop without scrolling */
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
QLabel[role="passwordOk"] {
    color: #1b6e2d;
}
QLabel[role="passwordWeak"] {
    color: #9a4a00;
}
QPushButton#homeTile {
    background: #f4f7fb;
    border: 1px solid #c9d6e8;
    border-radius: 6px;
}
QPushButton#homeTile:hover {
    border-color: #1f3a5f;
}
QPushButton#homeTile[state="attention"] {
    background: #fff6e5;
    border-color: #f0c36d;
}
QPushButton#homeTile[state="warning"] {
    background: #fdecea;
    border-color: #e9a29b;
}
QLabel#tileCount {
    font-size: 17pt;
    font-weight: bold;
    color: #1f3a5f;
}
QPushButton#homeTile[state="warning"] QLabel#tileCount {
    color: #b00020;
}
QLabel#tileTitle {
    color: #33404f;
}
QLabel#emptyStateText {
    font-size: 11pt;
    color: #5b6675;
}
QPushButton#linkButton {
    color: #1f4f8f;
    text-decoration: underline;
    border: none;
}
QGroupBox {
    border: 1px solid #c9d6e8;
    border-radius: 4px;
    margin-top: 14px;  /* room for the title above the frame, not on it */
    padding-top: 6px;
}
QGroupBox::title {
    subcontrol-origin: margin;
    subcontrol-position: top left;  /* Qt mirrors it: at the right in a right-to-left form */
    left: 10px;
    padding: 0 4px;
    color: #1f3a5f;
}
QLabel#orgName {
    font-size: 13pt;
    font-weight: bold;
    color: #1f3a5f;
}
"""
