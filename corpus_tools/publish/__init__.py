"""The publishing stage: versioned releases on the Hugging Face Hub.

* :mod:`~corpus_tools.publish.release`: a build folder -> a release folder (card, manifest, changelog);
* :mod:`~corpus_tools.publish.hub`: ``publish`` (one commit, tagged) and ``download`` (verified).
"""
