/** @jest-environment jsdom */
require('./accessibility-lists').describeAccessibility('ug')
