const err = new Error('with props');
err.code = 'E_CUSTOM';
err.details = { a: 1, b: [1, 2] };
throw err;
