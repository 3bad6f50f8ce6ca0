"""Every example in the docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest

import arabic_text
from arabic_text import _native


def test_docstring_examples() -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs = {name: getattr(arabic_text, name) for name in arabic_text.__all__}
    seen = 0
    objects = [arabic_text] + [getattr(_native, n) for n in _native.__all__]
    for obj in objects:
        members = [obj]
        if isinstance(obj, type):
            members += [m for name, m in vars(obj).items() if not name.startswith("__")]
        for m in members:
            name = getattr(m, "__qualname__", getattr(m, "__name__", repr(m)))
            for test in finder.find(m, name, globs=dict(globs)):
                runner.run(test)
                seen += len(test.examples)
    result = runner.summarize(verbose=False)
    assert result.failed == 0
    # Every public function and class documents itself with an example.
    assert seen >= 40, seen
    undocumented = [
        n
        for n in _native.__all__
        if not n.startswith("_") and not isinstance(getattr(_native, n), (str, tuple))
        and ">>>" not in (getattr(_native, n).__doc__ or "")
    ]
    assert undocumented == []
