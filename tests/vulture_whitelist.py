"""Names vulture (``--min-confidence 80``) reports as unused in the package, and why each stays
(tests/test_dead_code.py passes this file to vulture beside the package)."""

# A signal handler's signature: signal.signal calls it with the signal number and the stack frame.
signum  # noqa
frame  # noqa
# urllib.request.HTTPRedirectHandler.redirect_request(req, fp, code, msg, headers, newurl): the
# handler that refuses redirects overrides it and must accept every argument.
msg  # noqa
