import legacy.ws
import os

handler = legacy.ws.Handler(os.getcwd())
