import core.live
import core.tools

handler = core.live.Handler()
built = core.tools.build(handler)
