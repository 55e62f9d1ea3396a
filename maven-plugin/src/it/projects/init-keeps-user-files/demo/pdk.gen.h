/* stale: an old generated header that init refreshes */
