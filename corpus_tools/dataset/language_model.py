"""Old home of the law-text language model: it lives in :mod:`corpus_tools.language_model` now.

The model moved out of the dataset stage in session 19 because the cleaners read it
too (a lost byte, a Taiwan-phrased word, a spam run, a measure word); it belongs to
no single stage.  This module is kept so that imports written against the old path
go on working: importing it gives the new module itself (one module object under
two names), so a name read, a private name, a cache cleared or an attribute patched
(``monkeypatch.setattr``) through either path is the same.  New code imports
:mod:`corpus_tools.language_model`.

Importing this path loads the model's module (numpy with it), as the old module did;
the model's arrays are still read only on the first call of ``shipped()``.
"""

import sys

from corpus_tools import language_model as _home

sys.modules[__name__] = _home
