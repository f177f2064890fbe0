import legacy.billing as lb

invoice = lb.Invoice()
refund = lb.Refund(invoice)
again = lb.Invoice()
