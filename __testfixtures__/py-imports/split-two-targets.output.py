from app.legacy.mixed import Gamma
from app.new.alpha import Alpha
from app.new.beta import Beta
from app.new.alpha import Alpha as A2
from app.new.beta import Beta as B2
