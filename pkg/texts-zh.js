import"./texts/zh.js";
