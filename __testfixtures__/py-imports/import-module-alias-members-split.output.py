import core.billing as lb
from core.invoices import Invoice

invoice = Invoice(total=lb.compute_total([1, 2]))
currency = lb.CURRENCY
