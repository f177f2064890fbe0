from core.invoices import Bill as B
import legacy.billing as lb

first = B()
second = lb.Invoice()
