import unittest
from unittest import mock

from app.routes.websocket_routes import open_connection


class OpenConnectionTest(unittest.TestCase):
    @mock.patch("app.websocket_core.unified_manager.UnifiedWebSocketManager.send_to_user")
    def test_opens(self, send):
        send.return_value = True
        manager = open_connection("u1")
        self.assertIn("u1", manager.connections)


if __name__ == "__main__":
    unittest.main()
