"""corpus-tools: scraped Chinese regulatory pages in, a clean Hugging Face dataset out.

Library entry points: ``from corpus_tools.clean import clean, clean_and_explain``
(cleaning), ``corpus_tools.pipeline`` (one record through the whole pipeline),
``corpus_tools.dataset.build.build`` (a folder into a dataset),
``corpus_tools.validation.run.validate_path`` (check one), and the adapters of
``corpus_tools.integrations`` (``datasets.Dataset.map``, datatrove).  The README's
"Development" section says where each stage lives.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
