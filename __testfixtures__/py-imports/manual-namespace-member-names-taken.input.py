import legacy.billing as lb

Bill = "a local name"
Invoice = "another one"
invoice = lb.Invoice(Bill, Invoice)
