console.log('mailports');
