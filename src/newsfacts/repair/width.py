"""A one-to-one width-folded view for the finders (not a repair edit).

The repaired text keeps the printed width (１９９７ stays full-width); finders match on a
view where full-width ASCII and the ideographic space are half-width. Every character maps
to exactly one character, so offsets in the view are offsets in the text.

>>> fold_width("增长３０％，Ｗｉｎｄｏｗｓ")
'增长30%,Windows'
"""

from __future__ import annotations

import re

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
#: runs of the characters ``_FOLD`` changes (the group keeps them in ``split``'s result)
_WIDE_RUNS = re.compile("([\uff01-\uff5e\u3000]+)")


def fold_width(text: str) -> str:
    """Full-width ASCII forms and U+3000 to their half-width counterparts, one for one.

    Only the runs that change are translated: ``str.translate`` over a whole Chinese text
    looks every character up in the table, three times slower than finding the runs.
    """
    parts = _WIDE_RUNS.split(text)
    parts[1::2] = [run.translate(_FOLD) for run in parts[1::2]]
    return "".join(parts)
