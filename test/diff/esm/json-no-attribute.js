// JSON without an import attribute is an error in node 22.
import data from '../../fixtures/esm/data.json';
console.log(data);
