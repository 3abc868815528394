"""QA: evaluation against gold, consistency checks, comparison with official tables."""
