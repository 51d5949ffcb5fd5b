import "qinzhou-policy-calc";
