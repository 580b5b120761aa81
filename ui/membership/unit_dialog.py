"""A member unit: identity (checked as it is typed), registration, contact details, the
representative. IDs are checked on leaving the field with the kernel's rules, and an ID
another unit holds is named at once; the postal code's format is only a warning."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from secretariat.kernel import ids
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.messages import message_template
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.membership import api as membership
from secretariat.membership.api import (
    PersonKind,
    RepresentativeInput,
    UnitInfo,
    UnitInput,
    UnitSaved,
)
from ui.crash import show_message
from ui.membership.form_dialog import FormDialog
from ui.messages import error_text
from ui.tasks import run_task
from ui.widgets.jalali_date_edit import JalaliDateEdit

LINES = ("name", "national_id", "economic_code", "registration_no", "registration_office",
         "isic", "industrial_park", "postal_code", "mobile", "phone", "website",
         "representative_name", "representative_national_id", "representative_mobile",
         "representative_post")
DIGITS = ("national_id", "economic_code", "registration_no", "isic", "postal_code", "mobile",
          "phone", "representative_national_id", "representative_mobile")


class UnitDialog(FormDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, existing: UnitInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Member unit") if existing else self.tr("New member unit"),
                         parent, width=620)
        self.ctx, self.user, self.existing = ctx, user, existing
        self.warnings: tuple[str, ...] = ()
        self.person = QComboBox()
        for kind in PersonKind:
            self.person.addItem(kind.label, kind.value)
        self.inputs = {name: QLineEdit() for name in LINES}
        self.registration_date = JalaliDateEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(64)
        captions = {
            "name": self.tr("Name:"), "national_id": self.tr("National ID:"),
            "economic_code": self.tr("Economic code:"),
            "registration_no": self.tr("Registration number:"),
            "registration_office": self.tr("Registration office:"),
            "isic": self.tr("ISIC activity code:"),
            "industrial_park": self.tr("Industrial park:"),
            "postal_code": self.tr("Postal code:"), "mobile": self.tr("Mobile:"),
            "phone": self.tr("Phone:"), "website": self.tr("Website:"),
            "representative_name": self.tr("Representative:"),
            "representative_national_id": self.tr("Representative's national code:"),
            "representative_mobile": self.tr("Representative's mobile:"),
            "representative_post": self.tr("Representative's post:"),
        }
        self.add(self.tr("Person:"), "person", self.person)
        for name in LINES:
            aliases = ("identifier",) if name == "national_id" else ()
            self.add(captions[name], name, self.inputs[name], *aliases)
            if name == "registration_office":
                self.add(self.tr("Registration date:"), "registration_date",
                         self.registration_date)
            if name == "website":
                self.add(self.tr("Address:"), "address", self.address)
        self.person_hint = QLabel()
        self.person_hint.setProperty("role", "hint")
        self.form.insertRow(1, "", self.person_hint)
        self.person.currentIndexChanged.connect(lambda _i: self._person_changed())
        for name, check in (("national_id", self._check_id),
                            ("economic_code", self._check_economic_code),
                            ("postal_code", self._check_postal_code),
                            ("mobile", lambda: self._check(ids.normalize_mobile, "mobile")),
                            ("phone", lambda: self._check(ids.normalize_landline, "phone")),
                            ("representative_national_id", lambda: self._check(
                                ids.validate_national_id, "representative_national_id")),
                            ("representative_mobile", lambda: self._check(
                                ids.normalize_mobile, "representative_mobile"))):
            self.inputs[name].editingFinished.connect(check)
        if existing is not None:
            self._load(existing)
        self._person_changed()
        self.fit_height()

    def _load(self, u: UnitInfo) -> None:
        self.person.setCurrentIndex(self.person.findData(u.person))
        rep = u.representative
        values = {"representative_name": rep.name, "representative_national_id": rep.national_id,
                  "representative_mobile": rep.mobile, "representative_post": rep.post}
        for name in LINES:
            value = values[name] if name in values else str(getattr(u, name))
            self.inputs[name].setText(to_persian_digits(value) if name in DIGITS else value)
        self.registration_date.setDate(u.registration_date)
        self.address.setPlainText(u.address)

    def _legal(self) -> bool:
        return bool(self.person.currentData() == PersonKind.LEGAL)

    def _person_changed(self) -> None:
        self.person_hint.setText(
            self.tr("National ID of a legal person: 11 digits; economic code: the same")
            if self._legal() else
            self.tr("National code: 10 digits; economic code: the code and 4 digits"))
        if self.inputs["national_id"].text().strip():
            self._check_id()

    # --- checks on leaving a field ------------------------------------------------------

    def _check(self, rule: Callable[[str, str], str], name: str) -> str | None:
        text = self.inputs[name].text().strip()
        self.errors.clear_field(name)
        if not text:
            return None
        try:
            value = rule(text, name)
        except ValidationError as exc:
            self.errors.show_text(name, error_text(exc).split(": ", 1)[-1], focus=False)
            return None
        self.inputs[name].setText(to_persian_digits(value))
        return value

    def _check_id(self) -> None:
        rule = ids.validate_legal_id if self._legal() else ids.validate_national_id
        value = self._check(rule, "national_id")
        if value is None:
            return
        ctx, user, person = self.ctx, self.user, str(self.person.currentData())
        mine = self.existing.id if self.existing else None

        def shown(found: UnitInfo | None) -> None:
            if found is not None and found.id != mine:
                self.errors.show_text("national_id", self.tr(
                    "This ID is already the unit «{name}».").format(name=found.name), focus=False)

        run_task(lambda: membership.find_unit(ctx, user, person, value), shown, context=self)

    def _check_economic_code(self) -> None:
        self._check(ids.validate_economic_code, "economic_code")

    def _check_postal_code(self) -> None:
        text = self.inputs["postal_code"].text().strip()
        self.errors.clear_field("postal_code")
        if not text:
            return
        try:
            value, warnings = ids.check_postal_code(text)
        except ValidationError as exc:
            self.errors.show_text("postal_code", error_text(exc).split(": ", 1)[-1], focus=False)
            return
        self.inputs["postal_code"].setText(to_persian_digits(value))
        if warnings:
            self.errors.show_text("postal_code", self.tr("Warning: {text}").format(
                text=message_template(warnings[0]) or warnings[0]), focus=False)

    # --- saving --------------------------------------------------------------------------

    def unit_input(self) -> UnitInput:
        t = {name: self.inputs[name].text().strip() for name in LINES}
        return UnitInput(
            name=t["name"], person=str(self.person.currentData()), national_id=t["national_id"],
            economic_code=t["economic_code"], registration_no=t["registration_no"],
            registration_office=t["registration_office"],
            registration_date=self.registration_date.date(), isic=t["isic"],
            industrial_park=t["industrial_park"], postal_code=t["postal_code"],
            mobile=t["mobile"], phone=t["phone"], address=self.address.toPlainText(),
            website=t["website"],
            representative=RepresentativeInput(
                t["representative_name"], t["representative_national_id"],
                t["representative_mobile"], t["representative_post"]))

    def work(self) -> Callable[[], Any]:
        if not self.registration_date.is_valid():
            raise ValidationError("registration_date", "invalid_date")
        data, ctx, user, existing = self.unit_input(), self.ctx, self.user, self.existing
        if existing is not None:
            return lambda: membership.update_unit(ctx, user, existing.id, data)
        return lambda: membership.add_unit(ctx, user, data)

    def _done(self, value: Any) -> None:
        assert isinstance(value, UnitSaved)
        self.warnings = value.warnings
        if value.warnings:
            text = "\n".join(message_template(code) or code for code in value.warnings)
            show_message(self.parentWidget(), QMessageBox.Icon.Information,
                         self.tr("The unit was saved. Please check: {warnings}").format(
                             warnings=text))
        super()._done(value.unit)
