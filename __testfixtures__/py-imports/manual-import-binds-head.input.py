import legacy.ws

handler = legacy.ws.Handler()
other = legacy.helpers.thing()
