from app.legacy.mixed import Alpha, Beta, Gamma
from app.legacy.mixed import Alpha as A2, Beta as B2
