import legacy.billing as lb

Bill = "a local name"
invoice = lb.Invoice(Bill)
