# Loaded by scripts/schemathesis.sh (PYTHONPATH) into schemathesis's Python.
#
# Why: CPython 3.11 before 3.11.8 keeps the AST constructor's recursion depth in one per-interpreter
# counter (gh-106905). Schemathesis runs its workers in threads, and hypothesis parses source with
# ast.parse to describe its lambdas; two threads parsing at once can leave the counter wrong, and
# ast.parse then raises "SystemError: AST constructor recursion depth mismatch" - an error of the
# tool, reported as a failed run of ours (CI, 2026-11-30). Parsing one thread at a time avoids it.
import ast
import threading

_lock = threading.Lock()
_parse = ast.parse


def _serialized_parse(*args, **kwargs):
    with _lock:
        return _parse(*args, **kwargs)


ast.parse = _serialized_parse
