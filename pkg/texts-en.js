import"./texts/en.js";
