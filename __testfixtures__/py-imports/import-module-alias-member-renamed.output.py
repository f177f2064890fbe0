from core.invoices import Bill, CreditNote as Refund

invoice = Bill()
refund = Refund(invoice)
again = Bill()
