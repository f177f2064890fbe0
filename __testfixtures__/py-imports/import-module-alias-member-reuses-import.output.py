from core.invoices import Bill as B

first = B()
second = B()
