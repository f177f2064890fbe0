def connect():
    """Returns the manager of app.websocket_core.manager.

    >>> import app.websocket_core.manager
    >>> m = app.websocket_core.manager.WebSocketManager(
    ...     app.websocket_core.manager.DEFAULT)
    >>>import app.websocket_core.manager
    """
