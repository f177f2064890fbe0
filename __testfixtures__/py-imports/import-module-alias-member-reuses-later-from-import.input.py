import legacy.billing as lb
from legacy.billing import Invoice

first = Invoice()
second = lb.Invoice()
