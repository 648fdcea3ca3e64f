"""Root conftest: settings shared by the project's own tests (the plugin itself is the
`factcheck` entry point and needs nothing here)."""

from __future__ import annotations

import os

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # hypothesis is a test extra
    pass
else:
    settings.register_profile("ci", max_examples=200, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("fuzz", max_examples=20000, deadline=None,
                              suppress_health_check=list(HealthCheck))
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
