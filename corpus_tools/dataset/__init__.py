"""The dataset stage: pages in, a Hugging Face dataset folder out.

* :mod:`~corpus_tools.dataset.build`: ``corpus-tools build`` (chunks, workers, the two passes);
* :mod:`~corpus_tools.dataset.writer`: a chunk's Parquet shards, with the fixed writer options;
* :mod:`~corpus_tools.dataset.restore`: words that spam replaced, restored from the corpus;
* :mod:`~corpus_tools.dataset.finish`: lineage, final names, the validation gate, the swap;
* :mod:`~corpus_tools.dataset.outdir`: ``OUT_DIR`` safe from faults (the lock, stale staging, a swap that can be undone);
* :mod:`~corpus_tools.dataset.card`: the dataset card.
"""
