import legacy.billing as lb

invoice = lb.Invoice(total=lb.make_total([1, 2]))
currency = lb.CURRENCY
