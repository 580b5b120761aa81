"""Persian text for service errors, as the UI shows it (numbers in Persian digits)."""

from __future__ import annotations

from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.messages import describe
from secretariat.kernel.text.digits import to_persian_digits


def error_text(error: SecretariatError) -> str:
    """The error's sentence with numeric parameters (seconds, lengths) in Persian digits.

    Text parameters such as paths and user names are left as typed.
    """
    shown = type(error).__new__(type(error))  # same code and field, other parameters
    shown.__dict__.update(vars(error))
    shown.params = {
        key: to_persian_digits(str(value)) if isinstance(value, int) else value
        for key, value in error.params.items()
    }
    return describe(shown)
