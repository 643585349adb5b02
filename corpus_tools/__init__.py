"""corpus-tools: scraped Chinese regulatory pages in, a clean Hugging Face dataset out."""

from corpus_tools.clean import clean, clean_and_explain

__version__ = "0.1.0"

__all__ = ["__version__", "clean", "clean_and_explain"]
