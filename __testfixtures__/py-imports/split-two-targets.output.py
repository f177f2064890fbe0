from app.legacy.mixed import Gamma
from app.new.alpha import Alpha
from app.new.beta import Beta
