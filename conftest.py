"""Collection settings for the whole tree (tests/ and the package's doctests).

``corpus_tools/dataset/language_model.py`` is an alias of ``corpus_tools/language_model.py``
(the model's old path, session 19: one module object under two names).  Collecting its
doctests would import the one module under a file it does not have (pytest's import
mismatch error), and they are the new module's doctests anyway: collected once, there.
"""

collect_ignore = ["corpus_tools/dataset/language_model.py"]
