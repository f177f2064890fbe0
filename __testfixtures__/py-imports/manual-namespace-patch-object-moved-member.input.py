from unittest import mock

import app.agents.registry as reg


def test_registry():
    with mock.patch.object(reg, 'build_default'):
        with mock.patch.object(reg, 'AgentRegistry') as registry:
            return registry
