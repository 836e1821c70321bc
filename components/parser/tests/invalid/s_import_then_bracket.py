import os[
