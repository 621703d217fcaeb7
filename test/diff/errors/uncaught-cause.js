throw new Error('outer', { cause: new RangeError('inner') });
