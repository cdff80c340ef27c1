#!/usr/bin/env python3
"""Runs a command with standard input from a file and output discarded; prints JSON with its
exit code, wall time and peak resident memory (the kernel's ru_maxrss, in KiB).

  max_rss.py INPUT_FILE COMMAND [ARG...]   =>  {"exit": 0, "seconds": 1.23, "max_rss_kib": 5120}
"""
import json, resource, subprocess, sys, time

with open(sys.argv[1], "rb") as stdin:
    start = time.monotonic()
    code = subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL).returncode
    seconds = time.monotonic() - start
# This process waits for one child only, so RUSAGE_CHILDREN is that child's peak.
print(json.dumps({"exit": code, "seconds": seconds,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
