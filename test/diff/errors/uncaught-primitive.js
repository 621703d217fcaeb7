console.log('before');
throw 42;
