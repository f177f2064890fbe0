from core.invoices import Bill as Invoice

Bill = "a local name"
invoice = Invoice(Bill)
