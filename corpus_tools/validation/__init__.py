"""The validation stage: the dataset's promise, enforced.

* :mod:`~corpus_tools.validation.schemas`: the pandera models of every config, and the checks across configs;
* :mod:`~corpus_tools.validation.residual`: residual-noise detectors, the cleaners' own, with RE2 prefilters;
* :mod:`~corpus_tools.validation.run`: ``corpus-tools validate`` and the build's gate (streamed, shard by shard);
* :mod:`~corpus_tools.validation.report`: what validation found, for people and for machines;
* :mod:`~corpus_tools.validation.export`: ``schemas/`` generated from the models.
"""
