"""Adapters that run the per-page pipeline on other engines.

* :mod:`~corpus_tools.integrations.hf_datasets`: ``datasets.Dataset.map`` (``map_example``, ``map_features``);
* :mod:`~corpus_tools.integrations.datatrove`: datatrove readers, steps and writers, and ``assemble``.
"""
