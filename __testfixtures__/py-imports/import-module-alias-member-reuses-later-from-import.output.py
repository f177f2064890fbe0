from core.invoices import Bill

first = Bill()
second = Bill()
