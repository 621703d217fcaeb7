const a = 1;
  undefinedFunction(a);
