"""Exact numbers from Arabic, Chinese and mixed numerals.

Amounts are money: a float turns "16.4亿" into 1639999999.99, so every value here is a
``Decimal`` built from the written digits. One pattern (``NUMBER``) finds numerals on the
width-folded view; ``parse_number`` turns a matched numeral into its exact value.

>>> parse_number("11,089.14亿")
Decimal('1108914000000.00')
>>> parse_number("十二万五千")
Decimal('125000')
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from newsfacts.extract.lexicon.numerals import (
    BIG_UNITS,
    DECIMAL_POINT,
    DIGITS,
    MULTIPLIERS,
    SMALL_UNITS,
    UNIT_AFTER_THOUSAND,
    ZERO_DIGITS,
)

_DIGIT_CLASS = "".join(DIGITS)
_UNIT_CLASS = "".join(SMALL_UNITS) + "".join(BIG_UNITS)
_MULT_NO_THOUSAND = "".join(m for m in MULTIPLIERS if m != "千")
_THOUSAND = "千(?!" + "|".join(UNIT_AFTER_THOUSAND) + ")"

#: a multiplier written after digits ("亿", "千万"); 千 before 瓦/米/克 starts a unit
MULT = f"(?:[{_MULT_NO_THOUSAND}]|{_THOUSAND})"
#: Arabic digits with optional thousands separators and decimals
ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?"
#: a Chinese numeral (三千五百万, 一点五亿, 两千)
CHINESE = (
    f"(?:[{_DIGIT_CLASS}{_UNIT_CLASS.replace('千', '')}]|{_THOUSAND})+"
    f"(?:{DECIMAL_POINT}[{_DIGIT_CLASS}]+{MULT}*)?"
)
#: any numeral; not inside a longer number, an ordinal (第3) or a vague amount (数十, 几百)
NUMBER = (
    rf"(?<![\d.A-Za-z第{_DIGIT_CLASS}{_UNIT_CLASS}])(?<!\d,)"
    rf"(?:{ARABIC}{MULT}*|(?<![数几]){CHINESE})"
)

_ARABIC_HEAD = regex.compile(r"[\d.]+")


class NumeralError(ValueError):
    """The text is not a numeral newsfacts can value exactly."""


@lru_cache(maxsize=4096)
def is_chinese_numeral(text: str) -> bool:
    """A Chinese numeral that stands for a number: it has a digit or starts with 十.

    Lone units ("万家灯火", "千家万户"), digit strings ("一一") and a zero opening a word
    ("零部件", "零售") are not numbers here; "零点五" is.
    """
    if not text or text[0].isdigit():
        return False
    if text[0] in ZERO_DIGITS and DECIMAL_POINT not in text:
        return False
    head = text.split(DECIMAL_POINT, 1)[0]
    has_digit = any(c in DIGITS for c in head)
    has_unit = any(c in SMALL_UNITS or c in BIG_UNITS for c in head)
    if not has_digit:
        return head[:1] in ("十", "拾")
    return has_unit or len(head) == 1 or DECIMAL_POINT in text


@lru_cache(maxsize=8192)
def parse_number(text: str) -> Decimal:
    """The exact value of a numeral: Arabic, Chinese or mixed ("1.5亿", "3千万", "一点五亿").

    Cached: a text repeats its numerals, and Decimals are immutable.
    """
    s = text.replace(",", "").replace("，", "").replace(" ", "")
    if not s:
        raise NumeralError(text)
    if s[0].isdigit():
        head = _ARABIC_HEAD.match(s)
        assert head is not None
        value = Decimal(head.group())
        for ch in s[head.end():]:
            if ch not in MULTIPLIERS:
                raise NumeralError(text)
            value *= MULTIPLIERS[ch]
        return value
    return _parse_chinese(s, text)


def _parse_chinese(s: str, text: str) -> Decimal:
    if DECIMAL_POINT in s:
        whole, frac = s.split(DECIMAL_POINT, 1)
        digits = "".join(str(DIGITS[c]) for c in frac if c in DIGITS)
        tail = frac[len(digits):]
        if not digits or any(c not in MULTIPLIERS for c in tail):
            raise NumeralError(text)
        value = _parse_integer(whole, text) + Decimal("0." + digits)
        for ch in tail:
            value *= MULTIPLIERS[ch]
        return value
    return _parse_integer(s, text)


def _parse_integer(s: str, text: str) -> Decimal:
    if s and all(c in DIGITS for c in s):
        return Decimal("".join(str(DIGITS[c]) for c in s))
    total = section = number = 0
    last_unit = 0
    after_zero = False
    for ch in s:
        if ch in DIGITS:
            number = DIGITS[ch]
            after_zero = number == 0
            if not after_zero:
                continue
            last_unit = 0
        elif ch in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[ch]
            number, last_unit = 0, SMALL_UNITS[ch]
        elif ch in BIG_UNITS:
            unit = BIG_UNITS[ch]
            if unit > 10**4:
                total = ((total + section + number) or 1) * unit
            else:
                total += ((section + number) or (0 if total else 1)) * unit
            section = number = 0
            last_unit = unit
        else:
            raise NumeralError(text)
    if number and last_unit >= 10 and not after_zero:
        # colloquial trailing digit: 一万二 = 12000, 三千五 = 3500, 十二万五 = 125000
        number *= last_unit // 10
    return Decimal(total + section + number)
