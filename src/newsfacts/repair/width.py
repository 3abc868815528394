"""A one-to-one width-folded view for the finders (not a repair edit).

The repaired text keeps the printed width (１９９７ stays full-width); finders match on a
view where full-width ASCII and the ideographic space are half-width. Every character maps
to exactly one character, so offsets in the view are offsets in the text.

>>> fold_width("增长３０％，Ｗｉｎｄｏｗｓ")
'增长30%,Windows'
"""

from __future__ import annotations

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


def fold_width(text: str) -> str:
    """Full-width ASCII forms and U+3000 to their half-width counterparts, one for one."""
    return text.translate(_FOLD)
